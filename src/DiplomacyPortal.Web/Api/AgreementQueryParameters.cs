using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace DiplomacyPortal.Web.Api;

/// <summary>The agreements list's filters as API parameters, so that the OpenAPI document lists them.</summary>
public sealed record AgreementQueryParameters(
    [property: FromQuery(Name = "pair")] string? Pair,
    [property: FromQuery(Name = "country")] string? Country,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "year")] string? Year,
    [property: FromQuery(Name = "kind")] string? Kind,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "page")] string? Page,
    [property: FromQuery(Name = "pageSize")] string? PageSize)
{
    /// <summary>The filter, or the problems with the values given, in plain words.</summary>
    public (AgreementFilter Filter, List<string> Problems) Read() => AgreementFilterBinding.Read(name => name switch
    {
        "pair" => Pair,
        "country" => Country,
        "from" => From,
        "to" => To,
        "year" => Year,
        "kind" => Kind,
        "q" => Q,
        "page" => Page,
        "pageSize" => PageSize,
        _ => null,
    });
}
