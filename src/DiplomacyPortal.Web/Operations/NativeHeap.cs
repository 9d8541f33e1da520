using System.Runtime.InteropServices;

namespace DiplomacyPortal.Web.Operations;

/// <summary>
/// The C library's heap, where SQLite and the runtime's native parts allocate. glibc gives busy threads heaps (arenas)
/// of their own, up to eight per core, and each keeps what its threads freed in scattered pieces it cannot hand back: a
/// web server whose thread-pool threads take turns at imports and queries grows by a few megabytes a minute that way.
/// Two arenas keep the freed pieces in two places, where they are reused. Why and the measurements:
/// docs/decisions/0006-web-server-memory.md.
/// </summary>
public static class NativeHeap
{
    /// <summary>How many arenas the process may have.</summary>
    public const int Arenas = 2;

    /// <summary>glibc's mallopt parameter for the most arenas (M_ARENA_MAX in malloc.h).</summary>
    private const int ArenaMaxParameter = -8;

    /// <summary>
    /// Bounds the arenas; to be called first thing, before threads take arenas of their own. Does nothing where the C
    /// library is not glibc (musl has a single heap, other systems their own allocators).
    /// </summary>
    /// <returns>Whether the C library took the bound.</returns>
    public static bool LimitArenas()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return mallopt(ArenaMaxParameter, Arenas) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Hands the C heap's free pages back to the system (glibc's malloc_trim): what SQLite and the runtime freed stays
    /// reserved otherwise, and the process looks as large as its busiest minute. Does nothing where the C library is not
    /// glibc.
    /// </summary>
    /// <returns>Whether any memory was handed back.</returns>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return malloc_trim(0) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);

    // DllImport rather than LibraryImport: two ints need no marshalling, and the project then needs no unsafe code.
    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int mallopt(int parameter, int value);
}
