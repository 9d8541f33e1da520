using System.Globalization;
using DiplomacyPortal.Web.Startup;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace DiplomacyPortal.Web.Middleware;

/// <summary>
/// Anonymous readers' pages, API answers and feeds are kept in memory for Portal:PageCacheSeconds and served
/// again without touching the store. ASP.NET Core's output cache already leaves out signed-in users, anything
/// but GET and HEAD, answers other than 200 and answers that set a cookie; on top of that, pages with forms
/// that carry an antiforgery token (sign-in, the editors' and admins' pages) are never cached, since a token
/// belongs to one browser, and neither are files: exports (/articles/export.csv), which are streamed and may be
/// large, and static files (stylesheets, scripts), which are served from disk with their own caching headers and
/// which the output cache kept, when sent compressed, as an empty answer. Entries vary by the full query string
/// and the reader's language.
/// </summary>
public static class PageCache
{
    /// <summary>The tag of every cached answer: a change to the store evicts them all.</summary>
    public const string Tag = "store";

    private static readonly string[] NeverCached = ["/account", "/upload", "/editor", "/admin", "/errors", "/healthz"];

    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddSingleton<StoreChangeSignal>();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PortalOptions>>((cache, portal) =>
        {
            if (portal.Value.PageCacheSeconds > 0)
            {
                cache.AddBasePolicy(policy => policy
                    .With(context => IsCacheable(context.HttpContext.Request.Path))
                    .Expire(TimeSpan.FromSeconds(portal.Value.PageCacheSeconds))
                    .Tag(Tag)
                    .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name)));
            }
        });
        return services;
    }

    /// <summary>
    /// The output cache plus its eviction: once a signed-in editor's write (a correction, hiding an article, an
    /// upload's import) has succeeded, every answer and summary cached until then goes, so anonymous readers are
    /// not served pages that still show what was changed or hidden. Writes are rare; a reader's next request
    /// rebuilds the page.
    /// </summary>
    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            await next();
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.User.Identity?.IsAuthenticated == true && context.Response.StatusCode < 400)
            {
                context.RequestServices.GetRequiredService<StoreChangeSignal>().Signal();
                await context.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, CancellationToken.None);
            }
        });
        app.Use(async (context, next) =>
        {
            var lookup = IsLookup(context);
            await next();
            if (lookup)
            {
                var metrics = context.RequestServices.GetRequiredService<Operations.PortalMetrics>();
                if (context.Items.ContainsKey(Built))
                {
                    metrics.CacheMiss();
                }
                else
                {
                    metrics.CacheHit();
                }
            }
        });
        app.UseOutputCache();

        // Reached only when the cache did not answer.
        return app.Use((context, next) =>
        {
            context.Items[Built] = true;
            return next(context);
        });
    }

    private static readonly object Built = new();

    /// <summary>A request the cache may answer: an anonymous GET or HEAD of a cacheable page, the cache switched on.</summary>
    private static bool IsLookup(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && IsCacheable(context.Request.Path)
        && context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.PageCacheSeconds > 0;

    /// <summary>Pages, API answers and feeds: not under a prefix that is never cached, and not a file (a name with an extension).</summary>
    private static bool IsCacheable(PathString path) =>
        !NeverCached.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
        && !Path.HasExtension(path.Value);
}
