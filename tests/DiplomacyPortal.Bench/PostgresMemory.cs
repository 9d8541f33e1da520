using System.Globalization;

namespace DiplomacyPortal.Bench;

/// <summary>
/// The PostgreSQL server's memory, sampled twice a second until disposed: the sum of the proportional set size (PSS)
/// of its processes, so that the shared buffers every backend maps count once, not once per backend.
/// </summary>
internal sealed class PostgresMemory : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public PostgresMemory() => _sampling = SampleAsync(_stop.Token);

    /// <summary>The highest sum seen so far, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    public static long Now()
    {
        long total = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(folder), out _) || File.ReadAllText(Path.Combine(folder, "comm")).Trim() != "postgres")
                {
                    continue;
                }

                var pss = File.ReadLines(Path.Combine(folder, "smaps_rollup")).FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
                total += pss is null ? 0 : long.Parse(pss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while it was being read.
            }
        }

        return total;
    }

    private async Task SampleAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var now = Now();
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            try
            {
                await Task.Delay(500, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampling.Wait();
        _stop.Dispose();
    }
}
