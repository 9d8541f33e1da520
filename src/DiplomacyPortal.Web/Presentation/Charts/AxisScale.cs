namespace DiplomacyPortal.Web.Presentation.Charts;

/// <summary>
/// The value axis of a count: ticks at steps of 1, 2 or 5 × 10ⁿ from 0 to the first tick at or above the largest
/// value, about five of them, so a reader can read a bar against round numbers.
/// </summary>
public sealed record AxisScale(int Step, int Top)
{
    private const int WantedTicks = 5;

    public IEnumerable<int> Ticks => Enumerable.Range(0, (Top / Step) + 1).Select(i => i * Step);

    public static AxisScale For(int max)
    {
        var rough = Math.Max(1.0, max) / WantedTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        // Counts are whole: a step below one would label ticks 0.2, 0.4 … that no bar can reach.
        var step = Math.Max(1, (int)Math.Round(nice * magnitude));
        var top = Math.Max(step, (int)Math.Ceiling((double)max / step) * step);
        return new AxisScale(step, top);
    }
}
