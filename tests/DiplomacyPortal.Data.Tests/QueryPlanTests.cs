using System.Data.Common;
using DiplomacyPortal.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

/// <summary>
/// The queries whose speed rests on an index keep using it: SQLite's plan for them is read and checked, so that a
/// change of the query or of the indexes that turns it into a scan of the articles fails here, not in production.
/// </summary>
public sealed class QueryPlanTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateSqliteAsync();
        await _store.ImportSeedsAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    /// <summary>SQLite's plan for a query, one line per step.</summary>
    private static async Task<string> PlanAsync<T>(PortalDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join('\n', steps);
    }

    [Fact]
    public async Task A_years_newest_articles_are_read_from_the_year_and_date_index()
    {
        await using var db = _store.NewContext();
        var newest = ArticleFilters.NewestFirst(db, ArticleFilters.Apply(db, db.Articles, new ArticleFilter { Year = 2024 }, null)).Take(20).Select(a => a.Id);

        var plan = await PlanAsync(db, newest);

        Assert.Contains("IX_Articles_Year_Date_IsHidden_Pair_MeetingType (Year=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("USE TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_years_pair_counts_are_read_from_that_index_alone()
    {
        await using var db = _store.NewContext();
        var counts = ArticleFilters.Apply(db, db.Articles, new ArticleFilter { Year = 2024 }, null).Select(a => a.Pair + "").GroupBy(p => p).Select(g => new { g.Key, Count = g.Count() });

        var plan = await PlanAsync(db, counts);

        Assert.Contains("COVERING INDEX IX_Articles_Year_Date_IsHidden_Pair_MeetingType", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreements_list_reads_the_documents_alone_never_the_articles()
    {
        await using var db = _store.NewContext();

        var plan = await PlanAsync(db, AgreementQueries.NewestSignings(db, new AgreementFilter { Country = "RU" }));

        // The hidden articles are looked up in their own small index; no article is read by its key, no list of articles walked.
        var articleIndexes = plan.Split('\n').Where(step => step.Contains("IX_Articles_", StringComparison.Ordinal));
        Assert.All(articleIndexes, step => Assert.Contains("IX_Articles_IsHidden", step, StringComparison.Ordinal));
        Assert.DoesNotContain("INTEGER PRIMARY KEY", plan, StringComparison.Ordinal);
    }
}
