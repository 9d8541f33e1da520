namespace DiplomacyPortal.Bench;

/// <summary>One line of the results table: a figure, the reference measured beside it in the same run, and how the two compare with the target.</summary>
internal sealed record Row(string Measure, string Value, string Reference = "", string Comparison = "");
