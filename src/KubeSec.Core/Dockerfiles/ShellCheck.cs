using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>One ShellCheck comment mapped back to the Dockerfile.</summary>
public sealed class ShellCheckComment
{
    internal ShellCheckComment(int code, string level, string message, SourceRegion region, Instruction run)
    {
        Code = code;
        Level = level;
        Message = message;
        Region = region;
        Run = run;
    }

    /// <summary>The number of SCnnnn.</summary>
    public int Code { get; }

    public string RuleId => "SC" + Code.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>error, warning, info or style.</summary>
    public string Level { get; }

    public string Message { get; }

    public SourceRegion Region { get; }

    public Instruction Run { get; }
}

/// <summary>
/// Runs the <c>shellcheck</c> executable (when it is on PATH) over the shell scripts of a
/// Dockerfile's RUN instructions: all scripts of one shell dialect go to one process on stdin, one
/// after the other, and each comment is mapped back to its RUN's exact place in the file (through
/// line continuations, heredoc bodies and ShellCheck's 8-column tabs). Bounded by a timeout; any
/// failure (missing binary, crash, timeout, unreadable output) yields no comments, never an exception.
/// </summary>
public static class ShellCheck
{
    private static readonly Lazy<string?> Executable = new(Find);

    // hadolint leaves these out too: a Dockerfile script cannot follow sourced files, and ash is not an sh error.
    private static readonly HashSet<int> Excluded = new() { 1090, 1091, 2187 };

    private static readonly Regex CommentPattern = new(
        "\"line\":(\\d+),\"endLine\":(\\d+),\"column\":(\\d+),\"endColumn\":(\\d+),\"level\":\"(\\w+)\",\"code\":(\\d+),\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"",
        RegexOptions.CultureInvariant);

    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The shellcheck binary found on PATH, or null.</summary>
    public static string? ExecutablePath => Executable.Value;

    public static bool IsAvailable => Executable.Value is not null;

    private sealed class Piece
    {
        public Piece(Instruction run, MappedText text, int firstLine)
        {
            Run = run;
            Text = text;
            FirstLine = firstLine;
        }

        public Instruction Run { get; }

        public MappedText Text { get; }

        /// <summary>1-based line of the combined script where this piece starts.</summary>
        public int FirstLine { get; }

        public int LineCount => 1 + Count(Text.Text, '\n');
    }

    /// <summary>The comments on every shell-form and heredoc RUN script of the file, in file order.</summary>
    public static IReadOnlyList<ShellCheckComment> Check(Dockerfile dockerfile)
    {
        if (Executable.Value is not { } executable)
        {
            return Array.Empty<ShellCheckComment>();
        }

        var byDialect = new Dictionary<string, List<(Instruction Run, MappedText Text)>>(StringComparer.Ordinal);
        foreach (var stage in dockerfile.Stages)
        {
            foreach (var run in stage.Instructions)
            {
                if (Script(dockerfile, stage, run) is { } script && script.Dialect is { } dialect)
                {
                    if (!byDialect.TryGetValue(dialect, out var list))
                    {
                        byDialect[dialect] = list = new List<(Instruction, MappedText)>();
                    }

                    list.Add((run, script.Text));
                }
            }
        }

        var comments = new List<ShellCheckComment>();
        foreach (var pair in byDialect)
        {
            comments.AddRange(RunOne(executable, pair.Key, pair.Value));
        }

        comments.Sort((a, b) => a.Region.StartLine != b.Region.StartLine ? a.Region.StartLine.CompareTo(b.Region.StartLine) : a.Region.StartColumn.CompareTo(b.Region.StartColumn));
        return comments;
    }

    /// <summary>The script of a RUN and the ShellCheck dialect of its shell; null for exec form, Windows shells and mixed heredocs.</summary>
    private static (MappedText Text, string? Dialect)? Script(Dockerfile dockerfile, Stage stage, Instruction run)
    {
        if (!run.Is(InstructionKeywords.Run) || run.IsJsonForm)
        {
            return null;
        }

        var dialect = Dialect(dockerfile, stage, run);
        if (dialect is null)
        {
            return null;
        }

        if (run.Heredocs.Count == 0)
        {
            return (run.ArgumentsText, dialect);
        }

        // RUN <<EOF alone: the body is the script (a shebang may name another interpreter: leave it).
        var markers = HeredocMarker.Find(run.Arguments);
        if (run.Heredocs.Count == 1 && markers.Count == 1 && markers[0].Length == run.Arguments.Length && !run.Heredocs[0].Body.StartsWith("#!", StringComparison.Ordinal))
        {
            return (run.Heredocs[0].BodyText, dialect);
        }

        return null;
    }

    private static string? Dialect(Dockerfile dockerfile, Stage stage, Instruction run)
    {
        {
            var shell = dockerfile.ShellInEffect(run);
            if (shell is not null)
            {
                if (shell.JsonItems.Count == 0)
                {
                    return null;
                }

                var program = shell.JsonItems[0].Value.Replace('\\', '/');
                program = program.Substring(program.LastIndexOf('/') + 1).ToLowerInvariant();
                return program switch
                {
                    "bash" => "bash",
                    "sh" or "dash" or "ash" or "busybox" => "sh",
                    "ksh" or "mksh" => "ksh",
                    _ => null,
                };
            }
        }

        // No SHELL: /bin/sh on Linux, cmd on Windows (backtick escape is the Windows convention).
        return dockerfile.EscapeCharacter == '`' || KnownImages.IsWindows(stage.RootImage) ? null : "sh";
    }

    private static IEnumerable<ShellCheckComment> RunOne(string executable, string dialect, List<(Instruction Run, MappedText Text)> scripts)
    {
        var pieces = new List<Piece>();
        var combined = new StringBuilder();
        var line = 1;
        foreach (var (run, text) in scripts)
        {
            var piece = new Piece(run, text, line);
            pieces.Add(piece);
            combined.Append(text.Text).Append('\n');
            line += piece.LineCount;
        }

        var output = Execute(executable, dialect, combined.ToString());
        if (output is null)
        {
            yield break;
        }

        foreach (Match match in CommentPattern.Matches(output))
        {
            var code = Int(match.Groups[6].Value);
            var piece = PieceAt(pieces, Int(match.Groups[1].Value));
            if (Excluded.Contains(code) || piece is null)
            {
                continue;
            }

            var start = Offset(piece, Int(match.Groups[1].Value), Int(match.Groups[3].Value));
            var end = Offset(piece, Int(match.Groups[2].Value), Int(match.Groups[4].Value));
            var region = piece.Text.RegionOf(start, Math.Max(end - start, 1));
            yield return new ShellCheckComment(code, match.Groups[5].Value, Unescape(match.Groups[7].Value), region, piece.Run);
        }
    }

    private static Piece? PieceAt(List<Piece> pieces, int line)
    {
        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            if (line >= pieces[i].FirstLine)
            {
                return line < pieces[i].FirstLine + pieces[i].LineCount ? pieces[i] : null;
            }
        }

        return null;
    }

    /// <summary>ShellCheck's 1-based line and column (tabs advance to the next multiple of 8) as an offset in the piece.</summary>
    private static int Offset(Piece piece, int line, int column)
    {
        var text = piece.Text.Text;
        var offset = 0;
        for (var l = piece.FirstLine; l < line && offset < text.Length; l++)
        {
            var newline = text.IndexOf('\n', offset);
            offset = newline < 0 ? text.Length : newline + 1;
        }

        var visual = 1;
        while (offset < text.Length && text[offset] != '\n' && visual < column)
        {
            visual = text[offset] == '\t' ? ((visual - 1) / 8 + 1) * 8 + 1 : visual + 1;
            offset++;
        }

        return offset;
    }

    private static string? Execute(string executable, string dialect, string script)
    {
        try
        {
            var info = new ProcessStartInfo(executable, "-f json -s " + dialect + " -")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(script);
            process.StandardInput.Close();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                try
                {
                    process.Kill();
                }
                catch (InvalidOperationException)
                {
                }

                return null;
            }

            return output.Wait(Timeout) ? output.Result : null;
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var names = Path.DirectorySeparatorChar == '\\' ? new[] { "shellcheck.exe", "shellcheck" } : new[] { "shellcheck" };
        foreach (var directory in path!.Split(Path.PathSeparator))
        {
            foreach (var name in names)
            {
                try
                {
                    var candidate = Path.Combine(directory.Trim(), name);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
                catch (ArgumentException)
                {
                }
            }
        }

        return null;
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Count(string text, char c)
    {
        var n = 0;
        foreach (var ch in text)
        {
            if (ch == c)
            {
                n++;
            }
        }

        return n;
    }

    private static string Unescape(string json)
    {
        if (json.IndexOf('\\') < 0)
        {
            return json;
        }

        var builder = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != '\\' || i + 1 >= json.Length)
            {
                builder.Append(json[i]);
                continue;
            }

            var next = json[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < json.Length:
                    builder.Append((char)int.Parse(json.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }

        return builder.ToString();
    }
}
