using Microsoft.Extensions.Primitives;

namespace DiplomacyPortal.Web.Middleware;

/// <summary>
/// Tells what this process keeps computed from the store (the home page's summary) that the store has changed:
/// an entry made with <see cref="Token"/> expires at the next <see cref="Signal"/>.
/// </summary>
public sealed class StoreChangeSignal : IDisposable
{
    private CancellationTokenSource _current = new();

    /// <summary>A token that expires when the store next changes.</summary>
    public IChangeToken Token => new CancellationChangeToken(Volatile.Read(ref _current).Token);

    /// <summary>Expires every entry made with a token taken before now.</summary>
    public void Signal()
    {
        // Cancelled, not disposed: a request may be reading its token at this moment.
        var previous = Interlocked.Exchange(ref _current, new CancellationTokenSource());
        previous.Cancel();
    }

    public void Dispose() => _current.Dispose();
}
