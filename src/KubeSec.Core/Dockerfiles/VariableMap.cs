using System.Collections;
using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>
/// The read-only dictionary plumbing shared by the two shapes Dockerfile variables are kept in (a
/// persistent tree, a view of a stage before one instruction): each says only how to look a name up,
/// how to list its pairs and how many there are.
/// </summary>
internal abstract class VariableMap : IReadOnlyDictionary<string, string?>
{
    public abstract int Count { get; }

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var pair in this)
            {
                yield return pair.Key;
            }
        }
    }

    public IEnumerable<string?> Values
    {
        get
        {
            foreach (var pair in this)
            {
                yield return pair.Value;
            }
        }
    }

    public string? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public abstract bool TryGetValue(string key, out string? value);

    public abstract IEnumerator<KeyValuePair<string, string?>> GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
