namespace DiplomacyPortal.Cli.Tests.Support;

/// <summary>The sample articles copied beside the tests.</summary>
internal static class Seeds
{
    public static string[] Paths => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();
}
