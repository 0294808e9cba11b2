using System;

namespace KubeSec.Tests.Text;

/// <summary>A fact about FIFOs, devices or symbolic links, which only Unix test machines can make.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs FIFOs, device nodes and symbolic links (Unix)";
        }
    }
}
