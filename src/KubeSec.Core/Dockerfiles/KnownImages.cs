using System;

using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>Base images documented to run as a non-root user unless a Dockerfile says otherwise.</summary>
public static class KnownImages
{
    /// <summary>Windows base images (servercore, nanoserver, windows): their default shell is cmd, not /bin/sh.</summary>
    public static bool IsWindows(ImageReference? image)
    {
        if (image is null)
        {
            return false;
        }

        var text = image.Repository + ":" + (image.Tag ?? string.Empty);
        return text.IndexOf("windows", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("nanoserver", StringComparison.OrdinalIgnoreCase) >= 0 ||
            text.IndexOf("servercore", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("ltsc20", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    public static bool DefaultsToNonRoot(ImageReference? image)
    {
        if (image?.Tag is not { } tag)
        {
            return false;
        }

        // Distroless publishes :nonroot and :debug-nonroot variants that run as UID 65532.
        if (string.Equals(image.Registry, "gcr.io", StringComparison.OrdinalIgnoreCase) &&
            image.Repository.StartsWith("distroless/", StringComparison.Ordinal) &&
            tag.IndexOf("nonroot", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // NGINX's unprivileged image runs as UID 101; Chainguard images (except :latest-dev / -dev) as 65532.
        if (image.Repository == "nginxinc/nginx-unprivileged" && image.Registry is null or "docker.io")
        {
            return true;
        }

        if (string.Equals(image.Registry, "cgr.dev", StringComparison.OrdinalIgnoreCase) && !tag.EndsWith("-dev", StringComparison.Ordinal))
        {
            return true;
        }

        // .NET chiseled images (8.0 and later) ship without root and run as the 'app' user (UID 1654).
        return string.Equals(image.Registry, "mcr.microsoft.com", StringComparison.OrdinalIgnoreCase) &&
            image.Repository.StartsWith("dotnet/", StringComparison.Ordinal) &&
            tag.IndexOf("chiseled", StringComparison.Ordinal) >= 0;
    }
}
