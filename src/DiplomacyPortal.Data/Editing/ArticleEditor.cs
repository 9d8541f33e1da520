using System.Globalization;
using System.Text.Json;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Text;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Meetings;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Editing;

/// <summary>
/// Editors' changes to articles: corrections kept as overrides (so a reparse keeps them), hiding and restoring,
/// each change written to the audit log in the same transaction as the change itself.
/// </summary>
public sealed class ArticleEditor(IDbContextFactory<PortalDbContext> contexts, ArticleFileReader reader, TimeProvider clock)
{
    /// <summary>An article as the edit form starts from it, hidden or not; null for an unknown article.</summary>
    public async Task<EditableArticle?> FindAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Id, a.Headline, a.IsHidden, a.Warnings })
            .SingleOrDefaultAsync(cancellationToken);
        var values = await CurrentAsync(articleId, cancellationToken);
        return article is null || values is null ? null : new EditableArticle(article.Id, article.Headline, article.IsHidden, article.Warnings, values);
    }

    /// <summary>The current values of the correctable fields; null for an unknown article.</summary>
    public async Task<ArticleCorrection?> CurrentAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new
            {
                a.Year, a.Month, a.Day, a.Pair, a.MeetingType,
                Officials = a.Officials.OrderBy(o => o.Position).Select(o => new OfficialCorrection(o.Official!.Name, o.CountryCode, o.Title)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return article is null ? null : new ArticleCorrection(new DateCorrection(article.Year, article.Month, article.Day), article.Pair, article.MeetingType, article.Officials);
    }

    /// <summary>
    /// Saves the fields of <paramref name="correction"/> that differ from the article's current values, or
    /// nothing at all when any value is invalid (the reasons come back, keyed by field).
    /// </summary>
    public async Task<CorrectionResult> CorrectAsync(int articleId, ArticleCorrection correction, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var errors = correction.Validate(GazetteerData.Default, out var pair);
        if (errors.Count > 0)
        {
            return new CorrectionResult([], errors);
        }

        var current = await CurrentAsync(articleId, cancellationToken) ?? throw new KeyNotFoundException($"No article #{articleId}.");
        var officials = correction.Officials.Select(o => o with { Name = o.Name.Trim(), Title = string.IsNullOrWhiteSpace(o.Title) ? null : o.Title.Trim() }).ToList();
        var type = string.IsNullOrWhiteSpace(correction.MeetingType) ? null : correction.MeetingType;
        var changes = new List<(string Field, string Json, string? Old, string? New)>();
        if (correction.Date != current.Date)
        {
            changes.Add((OverrideFields.Date, Json(correction.Date), Describe(current.Date), Describe(correction.Date)));
        }

        if (pair != current.Pair)
        {
            changes.Add((OverrideFields.Pair, Json(pair), current.Pair, pair));
        }

        if (type != current.MeetingType)
        {
            changes.Add((OverrideFields.MeetingType, Json(type), current.MeetingType, type));
        }

        if (!officials.SequenceEqual(current.Officials))
        {
            changes.Add((OverrideFields.Officials, Json(officials), Describe(current.Officials), Describe(officials)));
        }

        if (changes.Count == 0)
        {
            return new CorrectionResult([], errors);
        }

        await WriteAsync(articleId, async (db, article, now) =>
        {
            foreach (var (field, json, old, @new) in changes)
            {
                var existing = article.Overrides.FirstOrDefault(o => o.Field == field);
                if (existing is null)
                {
                    article.Overrides.Add(new ArticleOverride { Field = field, Value = json, SetBy = editor, SetAt = now });
                }
                else
                {
                    (existing.Value, existing.SetBy, existing.SetAt) = (json, editor, now);
                }

                db.AuditEntries.Add(new AuditEntry { ArticleId = articleId, Field = field, OldValue = old, NewValue = @new, ChangedBy = editor, ChangedAt = now });
            }

            var source = await db.SourceFiles.AsNoTracking().SingleAsync(f => f.Id == article.SourceFileId, cancellationToken);
            await ArticleRebuilder.RebuildAsync(db, article, reader.Read(source.Content, source.FileName), now, cancellationToken);
        }, cancellationToken);
        return new CorrectionResult(changes.Select(c => c.Field).ToList(), errors);
    }

    /// <summary>Hides an article from readers, or shows it again; false when it already was so.</summary>
    public async Task<bool> SetHiddenAsync(int articleId, bool hidden, string editor, CancellationToken cancellationToken = default)
    {
        var changed = false;
        await WriteAsync(articleId, async (db, article, now) =>
        {
            if (article.IsHidden != hidden)
            {
                article.IsHidden = hidden;
                article.UpdatedAt = now;
                db.AuditEntries.Add(new AuditEntry { ArticleId = articleId, Field = OverrideFields.Hidden, OldValue = Flag(!hidden), NewValue = Flag(hidden), ChangedBy = editor, ChangedAt = now });
                await db.SaveChangesAsync(cancellationToken);

                // A hidden article reports no meeting; restored, it does again.
                await MeetingLinker.UpdateAsync(db, [articleId], cancellationToken);
                changed = true;
            }
        }, cancellationToken);
        return changed;
    }

    /// <summary>The audit log of an article, newest first.</summary>
    public async Task<List<AuditEntry>> HistoryAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.ArticleId == articleId).OrderByDescending(e => e.ChangedAt).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
    }

    private async Task WriteAsync(int articleId, Func<PortalDbContext, Article, DateTime, Task> change, CancellationToken cancellationToken)
    {
        await StoreWriteGate.Gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = contexts.CreateDbContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var article = await ArticleRebuilder.LoadAsync(db, articleId, cancellationToken);
            await change(db, article, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            StoreWriteGate.Gate.Release();
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonDefaults.Options);

    private static string Flag(bool hidden) => hidden ? "hidden" : "visible";

    /// <summary>A date as the audit log shows it: 2020-04-01, ????-04-01, 2020-04.</summary>
    public static string? Describe(DateCorrection date)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date.Year is null && date.Month is null && date.Day is null)
        {
            return null;
        }

        var year = date.Year?.ToString(CultureInfo.InvariantCulture) ?? "????";
        var month = date.Month is { } m ? $"-{m:00}" : string.Empty;
        var day = date.Day is { } d ? $"-{d:00}" : string.Empty;
        return year + month + day;
    }

    /// <summary>An official as the audit log and the exports write them: 王毅 (CN, 外交部长), 范平明 (VN), 阮氏清.</summary>
    public static string Describe(string name, string? countryCode, string? title)
    {
        var known = string.Join(", ", new[] { countryCode, title }.OfType<string>());
        return known.Length == 0 ? name : $"{name} ({known})";
    }

    /// <summary>Officials as the audit log shows them: 王毅 (CN, 外交部长); 范平明 (VN).</summary>
    public static string? Describe(IEnumerable<OfficialCorrection> officials)
    {
        var parts = officials.Select(o => Describe(o.Name, o.CountryCode, o.Title)).ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
