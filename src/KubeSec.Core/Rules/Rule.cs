namespace KubeSec.Rules;

/// <summary>A check: its metadata and, in a subclass, what it looks at.</summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }
}

/// <summary>A diagnostic the engine itself reports (parse errors, limits); it has metadata but no check.</summary>
public abstract class EngineRule : Rule
{
}
