namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// One writer at a time inside this process (imports, reparses, editors' corrections); other processes wait
/// on SQLite's lock, which every write transaction takes at its start (BEGIN IMMEDIATE).
/// </summary>
internal static class StoreWriteGate
{
    public static SemaphoreSlim Gate { get; } = new(1, 1);
}
