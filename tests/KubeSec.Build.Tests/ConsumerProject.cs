using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace KubeSec.Build.Tests;

/// <summary>A throwaway project that references KubeSec.Build from the test feed, built with the real `dotnet build`.</summary>
internal sealed class ConsumerProject
{
    private static readonly Regex DiagnosticLine = new(
        @"^\s*(?:\d+>)?(?<file>[^\s].*?)\((?<line>\d+),(?<col>\d+),(?<endLine>\d+),(?<endCol>\d+)\): (?<level>warning|error) (?<code>KS\d{4}): (?<message>.*?)(?: \[[^\]]*\])?$",
        RegexOptions.Multiline);

    private readonly PackageFeed _feed;

    public ConsumerProject(PackageFeed feed, string name = "Consumer", string targetFrameworks = "net10.0", string properties = "", string items = "", string? parentDirectory = null)
    {
        _feed = feed;
        Directory = Path.Combine(parentDirectory ?? Path.Combine(feed.Root, "consumers"), name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        System.IO.Directory.CreateDirectory(Directory);
        ProjectFile = Path.Combine(Directory, name + ".csproj");
        var frameworkProperty = targetFrameworks.Contains(';', StringComparison.Ordinal)
            ? $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>"
            : $"<TargetFramework>{targetFrameworks}</TargetFramework>";
        Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {frameworkProperty}
                <OutputType>Library</OutputType>
                <RestorePackagesPath>{feed.PackagesFolder}</RestorePackagesPath>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KubeSec.Build" Version="{feed.Version}" PrivateAssets="all" />
                {items}
              </ItemGroup>
            </Project>
            """);
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kubesec-e2e" value="{feed.FeedFolder}" />
              </packageSources>
            </configuration>
            """);
        Write("Class1.cs", "namespace Consumer; public static class Class1 { public static int Answer => 42; }\n");
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public BuildResult Build(string extraArguments = "")
    {
        var result = ProcessRunner.Run("dotnet", "build -nologo -v:n " + extraArguments, Directory);
        return new BuildResult(result, ParseDiagnostics(result.Output));
    }

    /// <summary>Each diagnostic once (the console logger repeats warnings in its summary).</summary>
    private static List<Diagnostic> ParseDiagnostics(string output)
    {
        var seen = new HashSet<Diagnostic>();
        var diagnostics = new List<Diagnostic>();
        foreach (Match match in DiagnosticLine.Matches(output.Replace("\r", string.Empty, StringComparison.Ordinal)))
        {
            int Number(string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
            var diagnostic = new Diagnostic(
                match.Groups["file"].Value.Trim(),
                Number("line"), Number("col"), Number("endLine"), Number("endCol"),
                match.Groups["level"].Value,
                match.Groups["code"].Value,
                match.Groups["message"].Value);
            if (seen.Add(diagnostic))
            {
                diagnostics.Add(diagnostic);
            }
        }

        return diagnostics;
    }
}

internal sealed record Diagnostic(string File, int Line, int Column, int EndLine, int EndColumn, string Level, string Code, string Message)
{
    public (int, int, int, int) At => (Line, Column, EndLine, EndColumn);
}

internal sealed record BuildResult(ProcessResult Process, List<Diagnostic> Diagnostics)
{
    public int ExitCode => Process.ExitCode;
    public string Output => Process.Output;
}
