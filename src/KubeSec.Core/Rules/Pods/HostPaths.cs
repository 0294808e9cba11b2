using System;

namespace KubeSec.Rules.Pods;

/// <summary>Host paths whose exposure gives a pod control over, or secrets of, the node.</summary>
internal static class HostPaths
{
    /// <summary>Directories that are sensitive themselves, though some of their subdirectories are not (e.g. /etc/ssl/certs).</summary>
    private static readonly string[] Exact =
    {
        "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib64", "/opt", "/run", "/sbin", "/srv", "/usr", "/var", "/var/lib", "/var/run",
    };

    /// <summary>Directories that are sensitive with everything below them.</summary>
    private static readonly string[] Trees =
    {
        "/proc", "/sys", "/root", "/boot", "/etc/kubernetes", "/etc/shadow", "/etc/sudoers", "/etc/ssh", "/etc/crio", "/etc/containerd", "/etc/docker",
        "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd", "/var/lib/etcd", "/var/lib/cni", "/var/lib/rancher", "/etc/rancher",
    };

    /// <summary>Container runtime API sockets: whoever can write to one can start a privileged container on the node.</summary>
    private static readonly string[] RuntimeSockets =
    {
        "/var/run/docker.sock", "/run/docker.sock",
        "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
        "/var/run/crio/crio.sock", "/run/crio/crio.sock",
        "/var/run/cri-dockerd.sock", "/run/cri-dockerd.sock",
        "/var/run/dockershim.sock", "/run/dockershim.sock",
        "/run/k3s/containerd/containerd.sock", "/var/run/k3s/containerd/containerd.sock",
        "/run/podman/podman.sock", "/var/run/podman/podman.sock",
    };

    /// <summary>True for a sensitive node directory or file (normalized path).</summary>
    public static bool IsSensitive(string path)
    {
        foreach (var exact in Exact)
        {
            if (path == exact)
            {
                return true;
            }
        }

        foreach (var tree in Trees)
        {
            if (IsAtOrUnder(path, tree))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The runtime socket the path exposes (itself or a directory above it), or null.</summary>
    public static string? ExposedRuntimeSocket(string path)
    {
        foreach (var socket in RuntimeSockets)
        {
            if (path != "/" && IsAtOrUnder(socket, path))
            {
                return socket;
            }
        }

        // Sockets elsewhere under a recognisable name, e.g. /custom/docker.sock.
        if (path.EndsWith("/docker.sock", StringComparison.Ordinal) || path.EndsWith("/containerd.sock", StringComparison.Ordinal) || path.EndsWith("/crio.sock", StringComparison.Ordinal))
        {
            return path;
        }

        return null;
    }

    private static bool IsAtOrUnder(string path, string directory) =>
        path == directory || (directory == "/" ? path.StartsWith("/", StringComparison.Ordinal) : path.StartsWith(directory + "/", StringComparison.Ordinal));
}
