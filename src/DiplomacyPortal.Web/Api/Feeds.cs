using System.Globalization;
using System.Text;
using System.Xml;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data;
using DiplomacyPortal.Web.Middleware;
using DiplomacyPortal.Web.Presentation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Api;

/// <summary>
/// Atom 1.0 feeds of the newest articles for a pair, an official, or any filter of the Articles page, so that
/// a journalist can follow a relationship in a feed reader. In the language of the request (?culture=en gives
/// English titles, pairs and romanised names), so the pages link to a feed in their own language.
/// </summary>
public static class Feeds
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const int Entries = 50;

    // The feeds' common title, and the key of its English in the resources: a feed follows the language it is asked in.
    private const string SiteFeedTitle = "越通社双边外交报道";

    public static WebApplication MapFeeds(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var feeds = app.MapGroup("/feeds").AddEndpointFilter<ConditionalGetFilter>().ExcludeFromDescription();

        feeds.MapGet("/articles", async (HttpContext http, IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> t) =>
        {
            var (filter, problems) = ArticleFilterBinding.Read(http.Request.Query);
            return problems.Count > 0
                ? Results.Problem(detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest)
                : await FeedAsync(http, contexts, t, filter, t[SiteFeedTitle]);
        });

        feeds.MapGet("/pairs/{pair}", async (string pair, HttpContext http, IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> t) =>
            CountryPair.TryParse(pair, out var parsed)
                ? await FeedAsync(http, contexts, t, new ArticleFilter { Pair = parsed.ToString() }, $"{Display.Pair(parsed.ToString())} · {t[SiteFeedTitle]}")
                : Results.NotFound());

        feeds.MapGet("/officials/{id:int}", async (int id, HttpContext http, IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> t) =>
        {
            await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
            var official = await OfficialQueries.LabelAsync(db, id, http.RequestAborted);
            return official is null
                ? Results.NotFound()
                : await FeedAsync(http, contexts, t, new ArticleFilter { OfficialId = id }, $"{Display.OfficialNameText(official.Name, official.RomanName)} · {t[SiteFeedTitle]}");
        });
        return app;
    }

    private static async Task<IResult> FeedAsync(HttpContext http, IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> t, ArticleFilter filter, string title)
    {
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var entries = await FeedQueries.NewestAsync(db, filter, Entries, http.RequestAborted);

        var site = Exports.SiteRoot(http);
        var self = $"{site}{http.Request.Path}{http.Request.QueryString}";
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "feed", AtomNamespace);
            await xml.WriteElementStringAsync(null, "id", AtomNamespace, self);
            await xml.WriteElementStringAsync(null, "title", AtomNamespace, XmlSafe(title));
            await xml.WriteElementStringAsync(null, "updated", AtomNamespace, Timestamp(entries.Count == 0 ? DateTime.UnixEpoch : entries.Max(e => e.UpdatedAt)));
            await LinkAsync(xml, "self", self, "application/atom+xml");
            await LinkAsync(xml, "alternate", site + LanguageLinks.InPageLanguage(ArticleFilterBinding.Link(filter.FirstPage())), "text/html");
            await xml.WriteStartElementAsync(null, "author", AtomNamespace);
            await xml.WriteElementStringAsync(null, "name", AtomNamespace, t["越南通讯社（越通社）"]);
            await xml.WriteEndElementAsync();
            foreach (var entry in entries)
            {
                var url = $"{site}/articles/{entry.Id}";
                await xml.WriteStartElementAsync(null, "entry", AtomNamespace);
                await xml.WriteElementStringAsync(null, "id", AtomNamespace, url);
                await xml.WriteElementStringAsync(null, "title", AtomNamespace, XmlSafe(entry.Headline ?? $"#{entry.Id}"));
                await xml.WriteElementStringAsync(null, "updated", AtomNamespace, Timestamp(entry.UpdatedAt));
                if (entry.PublishedAt is { } published)
                {
                    await xml.WriteElementStringAsync(null, "published", AtomNamespace, Timestamp(published));
                }

                await LinkAsync(xml, "alternate", url, "text/html");
                if (entry.Pair is not null)
                {
                    await xml.WriteStartElementAsync(null, "category", AtomNamespace);
                    await xml.WriteAttributeStringAsync(null, "term", null, entry.Pair);
                    await xml.WriteAttributeStringAsync(null, "label", null, Display.Pair(entry.Pair));
                    await xml.WriteEndElementAsync();
                }

                if (entry.Lead is not null)
                {
                    await xml.WriteElementStringAsync(null, "summary", AtomNamespace, XmlSafe(entry.Lead));
                }

                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }

        return Results.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static async Task LinkAsync(XmlWriter xml, string rel, string href, string type)
    {
        await xml.WriteStartElementAsync(null, "link", AtomNamespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    /// <summary>
    /// Text without the characters XML 1.0 cannot hold (control characters, a lone surrogate): imports remove them,
    /// but a feed must not fail on a row stored before that rule or changed since.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        if (!text.Any(c => !XmlConvert.IsXmlChar(c)))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text[i]).Append(text[++i]);
            }
        }

        return safe.ToString();
    }

    private static string Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
