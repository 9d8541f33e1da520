using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DiplomacyPortal.Web.Api;

/// <summary>
/// Conditional GET for the API, the exports and the feeds. The ETag combines the store's version
/// (<see cref="StoreVersion"/>) with the request's path, query and language; a client that sends it back for an
/// unchanged store gets 304 without the body being built.
/// </summary>
public sealed class ConditionalGetFilter(IDbContextFactory<PortalDbContext> contexts) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var version = await StoreVersion.ReadAsync(db, http.RequestAborted);
        var lastModified = version.LastModifiedUtc;
        var key = string.Create(CultureInfo.InvariantCulture, $"{lastModified.Ticks}|{version.Articles}|{http.Request.Path}|{http.Request.QueryString}|{CultureInfo.CurrentUICulture.Name}");
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]}\"");

        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = new DateTimeOffset(lastModified.AddTicks(-(lastModified.Ticks % TimeSpan.TicksPerSecond)));
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };

        var request = http.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any))
            : request.IfModifiedSince is { } since && lastModified <= since.UtcDateTime.AddSeconds(1);
        return notModified ? Results.StatusCode(StatusCodes.Status304NotModified) : await next(context);
    }
}
