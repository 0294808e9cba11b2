using System;
using System.IO;

namespace KubeSec.Scanning;

/// <summary>
/// Knows Helm chart layout: files under a chart's <c>templates/</c> are Go templates, not YAML,
/// and must not be parsed as manifests (they would only produce syntax errors).
/// </summary>
public static class HelmChart
{
    public static bool IsTemplate(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        while (!string.IsNullOrEmpty(directory))
        {
            if (string.Equals(Path.GetFileName(directory), "templates", StringComparison.Ordinal))
            {
                var chartRoot = Path.GetDirectoryName(directory);
                if (chartRoot is not null && File.Exists(Path.Combine(chartRoot, "Chart.yaml")))
                {
                    return true;
                }
            }

            directory = Path.GetDirectoryName(directory);
        }

        return false;
    }
}
