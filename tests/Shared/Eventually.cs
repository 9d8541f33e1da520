namespace DiplomacyPortal.Tests;

/// <summary>
/// Waits for what a background service does in its own time (an inbox file moved, a backup written, a health
/// report changed): the condition is checked every 100 ms until it holds or the time is up.
/// </summary>
public static class Eventually
{
    /// <summary>Whether <paramref name="condition"/> held within <paramref name="within"/> (30 seconds unless given).</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    /// <summary>The same for a condition that needs no waiting to check.</summary>
    public static Task<bool> HoldsAsync(Func<bool> condition, TimeSpan? within = null) =>
        HoldsAsync(() => Task.FromResult(condition()), within);
}
