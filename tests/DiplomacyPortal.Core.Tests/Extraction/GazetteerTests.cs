using System.Text.Json.Nodes;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Gazetteer;

namespace DiplomacyPortal.Core.Tests.Extraction;

/// <summary>The gazetteer is data a maintainer edits; these tests keep it consistent and prove an edit takes effect.</summary>
public sealed class GazetteerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gazetteer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_country_has_a_unique_two_letter_code_and_a_chinese_name()
    {
        var countries = GazetteerData.Default.Countries;

        Assert.True(countries.Count >= 190);
        Assert.Equal(countries.Count, countries.Select(c => c.Code).Distinct().Count());
        Assert.All(countries, c => Assert.Matches("^[A-Z]{2}$", c.Code));
        Assert.All(countries, c => Assert.False(string.IsNullOrWhiteSpace(c.Chinese)));
    }

    [Fact]
    public void Officials_and_relations_refer_to_known_countries()
    {
        var data = GazetteerData.Default;

        Assert.All(data.Officials, o => Assert.True(data.CountriesByCode.ContainsKey(o.CountryCode), $"{o.Name}: {o.CountryCode}"));
        Assert.All(data.RelationsEstablished.Keys, code => Assert.True(data.CountriesByCode.ContainsKey(code), code));
        Assert.Equal(1950, data.RelationsEstablished["CN"].Year);
    }

    [Fact]
    public void Every_official_has_a_latin_name_and_every_vietnamese_one_the_spelling_with_diacritics()
    {
        var officials = GazetteerData.Default.Officials;

        Assert.All(officials, o => Assert.False(string.IsNullOrWhiteSpace(o.LatinName), o.Name));
        Assert.All(officials.Where(o => o.CountryCode == "VN"), o => Assert.False(string.IsNullOrWhiteSpace(o.VietnameseName), o.Name));
    }

    [Fact]
    public void A_new_minister_is_one_line_of_data()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "gazetteer")))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        var officialsFile = Path.Combine(_folder, "officials.json");
        var json = JsonNode.Parse(File.ReadAllText(officialsFile))!;
        json["officials"]!.AsArray().Add(JsonNode.Parse("""{"zh":"陆安","latin":"Luc An","vi":"Lục An","country":"VN","roles":[]}"""));
        File.WriteAllText(officialsFile, json.ToJsonString());

        var analyzer = ArticleAnalyzer.For(GazetteerData.LoadFromDirectory(_folder));
        var article = Core.Parsing.ArticleParser.Parse("陆安会见中国客人\n\n越通社河内——陆安会见了中国客人。");
        var official = Assert.Single(analyzer.Analyze(article).Officials);

        Assert.Equal(("陆安", "VN", "Lục An"), (official.Name, official.CountryCode, official.VietnameseName));
        Assert.Empty(ArticleAnalyzer.Default.Analyze(article).Officials);
    }
}
