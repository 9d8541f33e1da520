using DiplomacyPortal.Web.Operations;

namespace DiplomacyPortal.Web.Tests.Operations;

public sealed class NativeHeapTests
{
    [Fact]
    public void On_Linux_the_C_library_takes_the_bound_on_its_arenas()
    {
        Assert.Equal(OperatingSystem.IsLinux(), NativeHeap.LimitArenas());
    }
}
