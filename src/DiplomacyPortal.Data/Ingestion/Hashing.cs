namespace DiplomacyPortal.Data.Ingestion;

/// <summary>SHA-256 as lower-case hex.</summary>
internal static class Hashing
{
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
