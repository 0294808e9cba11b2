using System;
using System.Globalization;

namespace KubeSec.Model;

/// <summary>
/// A Kubernetes minor release (1.29, 1.34): what deprecations and removals are judged against.
/// Patch numbers never change the API, so they are read and dropped.
/// </summary>
public readonly struct KubernetesVersion : IComparable<KubernetesVersion>, IEquatable<KubernetesVersion>
{
    /// <summary>The default target: a current release still in upstream support on 2026-11-26.</summary>
    public static readonly KubernetesVersion Default = new(1, 34);

    public KubernetesVersion(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    public int Major { get; }
    public int Minor { get; }

    /// <summary>Reads <c>1.29</c>, <c>v1.29</c> or <c>1.29.3</c>.</summary>
    public static bool TryParse(string? text, out KubernetesVersion version)
    {
        version = Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text!.Trim().TrimStart('v', 'V').Split('.');
        if (parts.Length < 2 || parts.Length > 3 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) ||
            (parts.Length == 3 && !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        version = new KubernetesVersion(major, minor);
        return true;
    }

    public static KubernetesVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException("Not a Kubernetes version: " + text);

    public int CompareTo(KubernetesVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public bool Equals(KubernetesVersion other) => Major == other.Major && Minor == other.Minor;

    public override bool Equals(object? obj) => obj is KubernetesVersion other && Equals(other);

    public override int GetHashCode() => (Major * 1000) + Minor;

    public static bool operator ==(KubernetesVersion left, KubernetesVersion right) => left.Equals(right);

    public static bool operator !=(KubernetesVersion left, KubernetesVersion right) => !left.Equals(right);

    public static bool operator <(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);
}
