using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace DiplomacyPortal.Web.Api;

/// <summary>The network's filters as API parameters, so that the OpenAPI document lists them.</summary>
public sealed record NetworkQueryParameters(
    [property: FromQuery(Name = "view")] string? View,
    [property: FromQuery(Name = "pair")] string? Pair,
    [property: FromQuery(Name = "country")] string? Country,
    [property: FromQuery(Name = "official")] string? Official,
    [property: FromQuery(Name = "fromYear")] string? FromYear,
    [property: FromQuery(Name = "toYear")] string? ToYear,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "year")] string? Year,
    [property: FromQuery(Name = "type")] string? Type,
    [property: FromQuery(Name = "q")] string? Q)
{
    /// <summary>The filter, or the problems with the values given, in plain words.</summary>
    public (NetworkFilter Filter, List<string> Problems) Read() => NetworkFilterBinding.Read(name => name switch
    {
        "view" => View,
        "pair" => Pair,
        "country" => Country,
        "official" => Official,
        "fromYear" => FromYear,
        "toYear" => ToYear,
        "from" => From,
        "to" => To,
        "year" => Year,
        "type" => Type,
        "q" => Q,
        _ => null,
    });
}
