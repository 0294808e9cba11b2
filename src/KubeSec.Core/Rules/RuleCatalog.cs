using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace KubeSec.Rules;

/// <summary>
/// Every rule in the engine, found by reflection so that adding a rule means adding its file and
/// nothing else. Everything that lists rules (SARIF, docs index, <c>kubesec rules</c>) reads this.
/// </summary>
public sealed class RuleCatalog
{
    private static readonly Lazy<RuleCatalog> Instance = new(() => new RuleCatalog(Discover(typeof(RuleCatalog).Assembly)));

    private readonly Dictionary<string, Rule> _byId;

    public RuleCatalog(IEnumerable<Rule> rules)
    {
        All = rules.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal).ToArray();
        _byId = All.ToDictionary(rule => rule.Descriptor.Id, StringComparer.OrdinalIgnoreCase);
        ManifestRules = All.OfType<ManifestRule>().ToArray();
        CrossObjectRules = All.OfType<CrossObjectRule>().ToArray();
        DockerfileRules = All.OfType<DockerfileRule>().ToArray();
    }

    public static RuleCatalog Default => Instance.Value;

    public IReadOnlyList<Rule> All { get; }

    public IReadOnlyList<ManifestRule> ManifestRules { get; }

    public IReadOnlyList<CrossObjectRule> CrossObjectRules { get; }

    public IReadOnlyList<DockerfileRule> DockerfileRules { get; }

    public Rule? Find(string id) => _byId.TryGetValue(id, out var rule) ? rule : null;

    private static IEnumerable<Rule> Discover(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => typeof(Rule).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (Rule)Activator.CreateInstance(type)!);
}
