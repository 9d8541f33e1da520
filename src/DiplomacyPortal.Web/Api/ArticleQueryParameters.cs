using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace DiplomacyPortal.Web.Api;

/// <summary>The Articles page's filters as API parameters, so that the OpenAPI document lists them.</summary>
public sealed record ArticleQueryParameters(
    [property: FromQuery(Name = "pair")] string? Pair,
    [property: FromQuery(Name = "country")] string? Country,
    [property: FromQuery(Name = "official")] string? Official,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "year")] string? Year,
    [property: FromQuery(Name = "month")] string? Month,
    [property: FromQuery(Name = "type")] string? Type,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "page")] string? Page,
    [property: FromQuery(Name = "pageSize")] string? PageSize)
{
    /// <summary>The filter, or the problems with the values given, in plain words.</summary>
    public (ArticleFilter Filter, List<string> Problems) Read() => ArticleFilterBinding.Read(name => name switch
    {
        "pair" => Pair,
        "country" => Country,
        "official" => Official,
        "from" => From,
        "to" => To,
        "year" => Year,
        "month" => Month,
        "type" => Type,
        "q" => Q,
        "page" => Page,
        "pageSize" => PageSize,
        _ => null,
    });
}
