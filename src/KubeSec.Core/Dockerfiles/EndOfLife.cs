using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>A product release whose vendor support has ended by <see cref="EndOfLife.AsOf"/>.</summary>
public sealed class EndOfLifeRelease
{
    internal EndOfLifeRelease(string product, string version, DateTime endOfLife)
    {
        Product = product;
        Version = version;
        EndOfLifeDate = endOfLife;
    }

    public string Product { get; }

    public string Version { get; }

    public DateTime EndOfLifeDate { get; }

    public string EndOfLifeText => EndOfLifeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => Product + " " + Version;
}

/// <summary>
/// End-of-support dates of .NET and of common base distributions, judged against a fixed
/// <see cref="AsOf"/> date rather than the clock so a build gives the same answer every day; the
/// table is updated (and AsOf moved) with each release of the linter. Sources: the .NET support
/// policy (dotnet.microsoft.com), Debian LTS, Ubuntu release cycle, Alpine releases, CentOS and Fedora
/// schedules. Releases not yet ended on AsOf are not listed.
/// </summary>
public static class EndOfLife
{
    /// <summary>The day the table was last checked; a release counts as ended when its date is on or before it.</summary>
    public static readonly DateTime AsOf = new(2026, 11, 26);

    public static string AsOfText => AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, DateTime> Dotnet = new(StringComparer.Ordinal)
    {
        ["1.0"] = new(2019, 6, 27), ["1.1"] = new(2019, 6, 27), ["2.0"] = new(2018, 10, 1), ["2.1"] = new(2021, 8, 21),
        ["2.2"] = new(2019, 12, 23), ["3.0"] = new(2020, 3, 3), ["3.1"] = new(2022, 12, 13), ["5.0"] = new(2022, 5, 10),
        ["6.0"] = new(2024, 11, 12), ["7.0"] = new(2024, 5, 14), ["8.0"] = new(2026, 11, 10), ["9.0"] = new(2026, 11, 10),
    };

    // Version or codename -> (version shown, end of life). Debian: end of LTS; Ubuntu: end of standard support.
    private static readonly Dictionary<string, (string Version, DateTime Date)> Debian = new(StringComparer.Ordinal)
    {
        ["7"] = ("7 (wheezy)", new(2018, 5, 31)), ["wheezy"] = ("7 (wheezy)", new(2018, 5, 31)),
        ["8"] = ("8 (jessie)", new(2020, 6, 30)), ["jessie"] = ("8 (jessie)", new(2020, 6, 30)),
        ["9"] = ("9 (stretch)", new(2022, 6, 30)), ["stretch"] = ("9 (stretch)", new(2022, 6, 30)),
        ["10"] = ("10 (buster)", new(2024, 6, 30)), ["buster"] = ("10 (buster)", new(2024, 6, 30)),
        ["11"] = ("11 (bullseye)", new(2026, 8, 31)), ["bullseye"] = ("11 (bullseye)", new(2026, 8, 31)),
    };

    private static readonly Dictionary<string, (string Version, DateTime Date)> Ubuntu = new(StringComparer.Ordinal)
    {
        ["12.04"] = ("12.04", new(2017, 4, 28)), ["precise"] = ("12.04", new(2017, 4, 28)),
        ["14.04"] = ("14.04", new(2019, 4, 25)), ["trusty"] = ("14.04", new(2019, 4, 25)),
        ["16.04"] = ("16.04", new(2021, 4, 30)), ["xenial"] = ("16.04", new(2021, 4, 30)),
        ["18.04"] = ("18.04", new(2023, 5, 31)), ["bionic"] = ("18.04", new(2023, 5, 31)),
        ["20.04"] = ("20.04", new(2025, 5, 31)), ["focal"] = ("20.04", new(2025, 5, 31)),
        ["22.10"] = ("22.10", new(2023, 7, 20)), ["kinetic"] = ("22.10", new(2023, 7, 20)),
        ["23.04"] = ("23.04", new(2024, 1, 25)), ["lunar"] = ("23.04", new(2024, 1, 25)),
        ["23.10"] = ("23.10", new(2024, 7, 11)), ["mantic"] = ("23.10", new(2024, 7, 11)),
        ["24.10"] = ("24.10", new(2025, 7, 10)), ["oracular"] = ("24.10", new(2025, 7, 10)),
        ["25.04"] = ("25.04", new(2026, 1, 15)), ["plucky"] = ("25.04", new(2026, 1, 15)),
    };

    private static readonly Dictionary<string, DateTime> Alpine = new(StringComparer.Ordinal)
    {
        ["3.13"] = new(2022, 11, 1), ["3.14"] = new(2023, 5, 1), ["3.15"] = new(2023, 11, 1), ["3.16"] = new(2024, 5, 23),
        ["3.17"] = new(2024, 11, 22), ["3.18"] = new(2025, 5, 9), ["3.19"] = new(2025, 11, 1), ["3.20"] = new(2026, 4, 1),
        ["3.21"] = new(2026, 11, 1),
    };

    private static readonly Dictionary<string, DateTime> CentOs = new(StringComparer.Ordinal)
    {
        ["5"] = new(2017, 3, 31), ["6"] = new(2020, 11, 30), ["7"] = new(2024, 6, 30), ["8"] = new(2021, 12, 31), ["stream8"] = new(2024, 5, 31), ["stream9"] = new(2027, 5, 31),
    };

    private static readonly Dictionary<string, DateTime> Fedora = new(StringComparer.Ordinal)
    {
        ["36"] = new(2023, 5, 16), ["37"] = new(2023, 12, 5), ["38"] = new(2024, 5, 21), ["39"] = new(2024, 11, 26),
        ["40"] = new(2025, 5, 13), ["41"] = new(2025, 12, 15),
    };

    /// <summary>The ended .NET release of a Microsoft .NET image (mcr.microsoft.com/dotnet/*, microsoft/dotnet), or null.</summary>
    public static EndOfLifeRelease? DotnetOf(ImageReference? image)
    {
        if (image?.Tag is not { } tag || !IsDotnetImage(image))
        {
            return null;
        }

        var version = MajorMinor(tag);
        return version is not null && Dotnet.TryGetValue(version, out var date) && date <= AsOf
            ? new EndOfLifeRelease(".NET" + (version.StartsWith("1.", StringComparison.Ordinal) || version.StartsWith("2.", StringComparison.Ordinal) || version.StartsWith("3.", StringComparison.Ordinal) ? " Core" : string.Empty), version, date)
            : null;
    }

    public static bool IsDotnetImage(ImageReference image) =>
        (string.Equals(image.Registry, "mcr.microsoft.com", StringComparison.OrdinalIgnoreCase) && image.Repository.StartsWith("dotnet/", StringComparison.Ordinal)) ||
        (image.Registry is null or "docker.io" && image.Repository is "microsoft/dotnet" or "microsoft/aspnetcore" or "microsoft/aspnetcore-build");

    /// <summary>The ended distribution of an image: a distribution image itself (debian:10) or a variant tag naming one (python:3.9-buster, node:18-alpine3.16).</summary>
    public static EndOfLifeRelease? DistributionOf(ImageReference? image)
    {
        if (image?.Tag is not { } tag)
        {
            return null;
        }

        var repository = image.Registry is null or "docker.io" && image.Repository.StartsWith("library/", StringComparison.Ordinal)
            ? image.Repository.Substring(8)
            : image.Repository;
        var official = image.Registry is null or "docker.io";
        var first = tag.Split('-')[0];
        if (official)
        {
            switch (repository)
            {
                case "debian":
                    return Ended("Debian", Debian, MajorOnly(first));
                case "ubuntu":
                    return Ended("Ubuntu", Ubuntu, first);
                case "alpine":
                    return EndedSimple("Alpine", Alpine, MajorMinor(first));
                case "centos":
                    return EndedSimple("CentOS", CentOs, first.StartsWith("centos", StringComparison.Ordinal) ? MajorOnly(first.Substring(6)) : first.StartsWith("stream", StringComparison.Ordinal) ? first : MajorOnly(first));
                case "fedora":
                    return EndedSimple("Fedora", Fedora, first);
            }
        }

        // Variant tags of other images: node:18-buster, python:3.8-slim-bullseye, dotnet/aspnet:6.0-alpine3.16.
        foreach (var part in tag.Split('-'))
        {
            if (part.StartsWith("alpine", StringComparison.Ordinal) && part.Length > 6)
            {
                if (EndedSimple("Alpine", Alpine, MajorMinor(part.Substring(6))) is { } alpine)
                {
                    return alpine;
                }
            }
            else if (Ended("Debian", Debian, part) is { } debian && !char.IsDigit(part[0]))
            {
                return debian;
            }
            else if (Ended("Ubuntu", Ubuntu, part) is { } ubuntu && !char.IsDigit(part[0]))
            {
                return ubuntu;
            }
        }

        return null;
    }

    private static EndOfLifeRelease? Ended(string product, Dictionary<string, (string Version, DateTime Date)> table, string? key) =>
        key is not null && table.TryGetValue(key, out var entry) && entry.Date <= AsOf ? new EndOfLifeRelease(product, entry.Version, entry.Date) : null;

    private static EndOfLifeRelease? EndedSimple(string product, Dictionary<string, DateTime> table, string? key) =>
        key is not null && table.TryGetValue(key, out var date) && date <= AsOf ? new EndOfLifeRelease(product, key, date) : null;

    /// <summary><c>6.0.36-alpine</c> -> <c>6.0</c>; null when the tag does not start with major.minor.</summary>
    internal static string? MajorMinor(string tag)
    {
        var i = 0;
        while (i < tag.Length && char.IsDigit(tag[i]))
        {
            i++;
        }

        if (i == 0 || i >= tag.Length || tag[i] != '.')
        {
            return null;
        }

        var j = i + 1;
        while (j < tag.Length && char.IsDigit(tag[j]))
        {
            j++;
        }

        return j == i + 1 ? null : tag.Substring(0, j);
    }

    /// <summary><c>10.13</c> -> <c>10</c>; codenames unchanged.</summary>
    private static string MajorOnly(string text)
    {
        var dot = text.IndexOf('.');
        return dot > 0 && char.IsDigit(text[0]) ? text.Substring(0, dot) : text;
    }
}
