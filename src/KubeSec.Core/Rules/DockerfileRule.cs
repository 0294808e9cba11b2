using KubeSec.Dockerfiles;

namespace KubeSec.Rules;

/// <summary>A rule over one parsed Dockerfile.</summary>
public abstract class DockerfileRule : Rule
{
    public abstract void Check(Dockerfile dockerfile, FindingSink sink);
}
