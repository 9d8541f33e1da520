using DiplomacyPortal.Data.Queries;

namespace DiplomacyPortal.Web.Presentation.Charts;

/// <summary>
/// A chart as a page shows it (Pages/Shared/_Chart): the picture, its downloads (<paramref name="Download"/> is the
/// route without its extension, <paramref name="Query"/> what the route needs to build the same chart) and a table.
/// </summary>
public sealed record ChartView(string Id, BarChart Chart, string Download, string Query, string FileName);

/// <summary>The articles timeline of the home, pair and official pages: the counts and the query that names whose they are (pair=…, official=…, or none).</summary>
public sealed record ArticleTimeline(IReadOnlyList<MonthCount> Months, string? Subject, string Query);
