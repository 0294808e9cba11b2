// Temporary until the Dockerfile parser branch is merged; deleted then.
using System.Collections.Generic;
using KubeSec.Model;
using KubeSec.Text;

namespace KubeSec.Dockerfiles;

public sealed class Dockerfile
{
    public IReadOnlyList<Finding> Diagnostics { get; } = new List<Finding>();
}

public static class DockerfileParser
{
    public static Dockerfile Parse(SourceFile source) => new();
}
