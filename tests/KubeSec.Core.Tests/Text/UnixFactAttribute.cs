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

/// <summary>A fact about file permissions, which root ignores.</summary>
public sealed class NonRootUnixFactAttribute : FactAttribute
{
    public NonRootUnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix file permissions";
        }
        else if (Environment.UserName == "root")
        {
            Skip = "root reads every folder whatever its permissions";
        }
    }
}
