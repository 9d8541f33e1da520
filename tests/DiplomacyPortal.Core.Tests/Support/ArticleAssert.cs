using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;

namespace DiplomacyPortal.Core.Tests.Support;

/// <summary>What a read article is expected to say: its pair, an official, its date.</summary>
public static class ArticleAssert
{
    public static void AssertPair(ArticleReadResult result, string first, string second)
    {
        Assert.True(result.Analysis!.Pair.HasValue, $"no pair for {result.FileName}");
        Assert.Equal(new CountryPair(first, second), result.Analysis.Pair!.Value);
    }

    public static ExtractedOfficial AssertOfficial(ArticleReadResult result, string name, string country)
    {
        var official = Assert.Single(result.Analysis!.Officials, o => o.Name == name);
        Assert.Equal(country, official.CountryCode);
        return official;
    }

    public static void AssertDate(ArticleReadResult result, int? year, int month, int day, DatePrecision precision)
    {
        var date = result.Analysis!.Date;
        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
    }
}
