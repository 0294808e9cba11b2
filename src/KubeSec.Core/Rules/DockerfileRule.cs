namespace KubeSec.Rules;

/// <summary>A rule over one parsed Dockerfile.</summary>
public abstract class DockerfileRule : Rule
{
    // Fully qualified: inside KubeSec.Rules, 'Dockerfile' names the KubeSec.Rules.Dockerfile namespace.
    public abstract void Check(KubeSec.Dockerfiles.Dockerfile dockerfile, FindingSink sink);
}
