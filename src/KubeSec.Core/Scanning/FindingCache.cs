using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using KubeSec.Model;
using KubeSec.Reporting;
using KubeSec.Text;

namespace KubeSec.Scanning;

/// <summary>
/// The findings of the last build, keyed by a stamp of its inputs (each file's path, size and write
/// time, the options and the engine build). An unchanged build replays them instead of parsing
/// anything, so warnings do not vanish on incremental builds and a no-op build costs a few stat calls.
/// Plain text on purpose: reading it must not load the YAML or JSON libraries.
/// </summary>
public static class FindingCache
{
    private const string Header = "kubesec-findings-cache 1";

    public static string ComputeStamp(IEnumerable<string> inputPaths, string optionsSignature)
    {
        var text = new StringBuilder();
        text.Append(typeof(FindingCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        text.Append(optionsSignature).Append('\n');
        foreach (var path in inputPaths)
        {
            var info = new FileInfo(path);
            text.Append(path).Append('|');
            if (info.Exists)
            {
                text.Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|')
                    .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append("missing");
            }

            text.Append('\n');
        }

        using var sha = System.Security.Cryptography.SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The cached findings when the cache exists and its stamp matches; otherwise null.</summary>
    public static IReadOnlyList<Finding>? TryRead(string cachePath, string stamp)
    {
        try
        {
            // Only a regular file, not a link, is opened: a FIFO would block the build in open(2), a device would read forever.
            if (FileKinds.Of(cachePath, followLinks: false) != FileKind.Regular)
            {
                return null;
            }

            using var reader = new StreamReader(cachePath, Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() != stamp)
            {
                return null;
            }

            var findings = new List<Finding>();
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length > 0)
                {
                    findings.Add(Parse(line));
                }
            }

            return findings;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null; // A damaged cache only costs a fresh scan.
        }
    }

    /// <summary>Writes the cache; false when the path is not a regular file (or missing) and nothing was written.</summary>
    public static bool Write(string cachePath, string stamp, IEnumerable<Finding> findings)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n').Append(stamp).Append('\n');
        foreach (var finding in findings)
        {
            var fields = new[]
            {
                finding.RuleId,
                ((int)finding.Severity).ToString(CultureInfo.InvariantCulture),
                finding.FilePath,
                finding.Region.StartLine.ToString(CultureInfo.InvariantCulture),
                finding.Region.StartColumn.ToString(CultureInfo.InvariantCulture),
                finding.Region.EndLine.ToString(CultureInfo.InvariantCulture),
                finding.Region.EndColumn.ToString(CultureInfo.InvariantCulture),
                finding.LogicalPath,
                finding.Object is null ? "-" : "+",
                finding.Object?.Kind ?? string.Empty,
                finding.Object?.Namespace ?? string.Empty,
                finding.Object?.Name ?? string.Empty,
                finding.Container is null ? "-" : "+",
                finding.Container ?? string.Empty,
                finding.Message,
            };
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    text.Append('\t');
                }

                Escape(fields[i], text);
            }

            text.Append('\n');
        }

        // The cache is ours, in obj/: anything there that is not a regular file (a device, a pipe, a folder
        // someone put in its place) is left alone, and the build only loses the replay.
        if (!OutputFile.IsReplaceable(cachePath))
        {
            return false;
        }

        OutputFile.Write(cachePath, writer => writer.Write(text.ToString()));
        return true;
    }

    private static Finding Parse(string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 15)
        {
            throw new FormatException("bad cache line");
        }

        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Unescape(fields[i]);
        }

        int Number(int index) => int.Parse(fields[index], NumberStyles.Integer, CultureInfo.InvariantCulture);
        var region = new SourceRegion(Number(3), Number(4), Number(5), Number(6));
        var obj = fields[8] == "+" ? new ObjectReference(fields[9], fields[10], fields[11]) : null;
        var container = fields[12] == "+" ? fields[13] : null;
        return new Finding(fields[0], (Severity)Number(1), fields[14], fields[2], region, fields[7], obj, container);
    }

    private static void Escape(string value, StringBuilder text)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                default: text.Append(c); break;
            }
        }
    }

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => value[i] });
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
