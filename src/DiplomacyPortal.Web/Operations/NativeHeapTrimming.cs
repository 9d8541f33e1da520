namespace DiplomacyPortal.Web.Operations;

/// <summary>Trims the C heap once a minute (<see cref="NativeHeap.Trim"/>), so that memory freed after a busy spell goes back to the system.</summary>
public sealed class NativeHeapTrimming(TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                NativeHeap.Trim();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
