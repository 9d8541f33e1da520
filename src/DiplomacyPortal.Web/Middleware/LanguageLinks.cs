using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Localization;

namespace DiplomacyPortal.Web.Middleware;

/// <summary>The interface language: chosen with ?culture=en or ?culture=zh-CN and kept in a cookie.</summary>
public static class LanguageLinks
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// <summary>The current query string with the culture replaced.</summary>
    public static string With(IQueryCollection query, string culture)
    {
        ArgumentNullException.ThrowIfNull(query);
        var builder = new QueryBuilder(query.Where(q => q.Key != "culture").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? string.Empty))))
        {
            { "culture", culture },
        };
        return builder.ToQueryString().Value ?? string.Empty;
    }

    /// <summary>
    /// A link that keeps the page's language where no cookie follows it (a feed reader, a download): English adds
    /// ?culture=en, Chinese (the default) leaves the link as it is.
    /// </summary>
    public static string InPageLanguage(string href)
    {
        ArgumentNullException.ThrowIfNull(href);
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English
            ? href + (href.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + English
            : href;
    }

    /// <summary>Remembers a language chosen in the query string, so the next pages keep it.</summary>
    public static IApplicationBuilder UseLanguageCookie(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Query["culture"].ToString() is Chinese or English && context.Features.Get<IRequestCultureFeature>() is { } feature)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(feature.RequestCulture),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = context.Request.IsHttps });
        }

        await next();
    });
}
