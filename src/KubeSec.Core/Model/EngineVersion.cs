using System.Reflection;

namespace KubeSec.Model;

/// <summary>The engine's version, as packed (informational version without the source-link hash).</summary>
public static class EngineVersion
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        var informational = typeof(EngineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus > 0 ? informational.Substring(0, plus) : informational;
    }
}
