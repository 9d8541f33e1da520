namespace DiplomacyPortal.Web.Presentation.Charts;

/// <summary>
/// The charts' stylesheet (wwwroot/css/charts.css), read once, for the &lt;style&gt; element of a downloaded SVG:
/// the same rules colour a chart in the page and in the file, kept in one place.
/// </summary>
public sealed class ChartStyle(IWebHostEnvironment environment)
{
    private readonly Lazy<string> _css = new(() =>
    {
        using var reader = new StreamReader(environment.WebRootFileProvider.GetFileInfo("css/charts.css").CreateReadStream());
        return reader.ReadToEnd();
    });

    public string Css => _css.Value;
}
