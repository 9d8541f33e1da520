using System.Diagnostics.CodeAnalysis;

namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// A row that belongs to a country pair and a date, as articles and meetings do: the lists of both filter and order
/// such rows the same way (<see cref="Queries.DatedPairFilter"/>).
/// </summary>
public interface IDatedPairRow
{
    int Id { get; }

    /// <summary>Canonical pair, "CN-VN"; null for an article that names no partner.</summary>
    string? Pair { get; }

    /// <summary>The full date when it is known; null when the year or the day is not.</summary>
    [SuppressMessage("Naming", "CA1716", Justification = "The entities' column is named Date; nothing implements this outside C#.")]
    DateTime? Date { get; }

    int? Year { get; }

    int? Month { get; }
}
