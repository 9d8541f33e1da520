using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation.Charts;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Tests.Charts;

public sealed class ArticleTimelineChartTests
{
    /// <summary>The interface's Chinese texts as they are, the default language, without the resources.</summary>
    private sealed class ChineseTexts : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Fact]
    public void A_span_of_up_to_two_years_is_drawn_month_by_month_with_empty_months_as_zero()
    {
        var chart = PortalCharts.Articles([new MonthCount(2023, 11, 2), new MonthCount(2024, 2, 5)], new ChineseTexts(), "越南–中国");

        Assert.Equal(["2023-11", "2023-12", "2024-01", "2024-02"], chart.Categories);
        Assert.Equal([2, 0, 0, 5], chart.Series.Single().Values);
        Assert.Equal("越南–中国：每月文章数", chart.Title);
    }

    [Fact]
    public void A_longer_span_is_drawn_year_by_year_with_empty_years_as_zero()
    {
        var chart = PortalCharts.Articles([new MonthCount(2019, 1, 1), new MonthCount(2019, 6, 2), new MonthCount(2022, 3, 4)], new ChineseTexts(), subject: null);

        Assert.Equal(["2019", "2020", "2021", "2022"], chart.Categories);
        Assert.Equal([3, 0, 0, 4], chart.Series.Single().Values);
        Assert.Equal("每年文章数", chart.Title);
    }
}
