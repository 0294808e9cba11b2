using System;
using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>
/// An immutable name-to-value map where setting a name makes a new map that shares all but
/// O(log n) nodes with the old one (a persistent AVL tree). Each instruction keeps the scope it
/// sees at the cost of one reference, so the variables before every instruction of a file with
/// 100,000 ARG lines take O(n log n) to build instead of a copy (or a rescan) per instruction.
/// Every walk is a loop: the tree is balanced, but no depth is left to the call stack.
/// </summary>
internal sealed class VariableScope : VariableMap
{
    public static readonly VariableScope Empty = new(null);

    private readonly Node? _root;

    private VariableScope(Node? root) => _root = root;

    public override int Count => _root?.Size ?? 0;

    public override bool TryGetValue(string key, out string? value)
    {
        var node = Find(key);
        value = node?.Value;
        return node is not null;
    }

    public VariableScope Set(string key, string? value)
    {
        // The path from the root to the key, then rebuilt bottom-up with each level rebalanced.
        var path = new List<(Node Node, bool Left)>();
        var node = _root;
        while (node is not null)
        {
            var compare = string.CompareOrdinal(key, node.Key);
            if (compare == 0)
            {
                break;
            }

            path.Add((node, compare < 0));
            node = compare < 0 ? node.Left : node.Right;
        }

        var rebuilt = node is not null ? Node.Make(key, value, node.Left, node.Right) : Node.Make(key, value, null, null);
        for (var i = path.Count - 1; i >= 0; i--)
        {
            var (parent, left) = path[i];
            rebuilt = Balance(left
                ? Node.Make(parent.Key, parent.Value, rebuilt, parent.Right)
                : Node.Make(parent.Key, parent.Value, parent.Left, rebuilt));
        }

        return new VariableScope(rebuilt);
    }

    public override IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        var stack = new Stack<Node>();
        var node = _root;
        while (node is not null || stack.Count > 0)
        {
            while (node is not null)
            {
                stack.Push(node);
                node = node.Left;
            }

            node = stack.Pop();
            yield return new KeyValuePair<string, string?>(node.Key, node.Value);
            node = node.Right;
        }
    }


    private Node? Find(string key)
    {
        var node = _root;
        while (node is not null)
        {
            var compare = string.CompareOrdinal(key, node.Key);
            if (compare == 0)
            {
                return node;
            }

            node = compare < 0 ? node.Left : node.Right;
        }

        return null;
    }

    private static Node Balance(Node node)
    {
        var balance = Node.HeightOf(node.Left) - Node.HeightOf(node.Right);
        if (balance > 1)
        {
            var left = node.Left!;
            if (Node.HeightOf(left.Left) < Node.HeightOf(left.Right))
            {
                left = RotateLeft(left);
            }

            return RotateRight(Node.Make(node.Key, node.Value, left, node.Right));
        }

        if (balance < -1)
        {
            var right = node.Right!;
            if (Node.HeightOf(right.Right) < Node.HeightOf(right.Left))
            {
                right = RotateRight(right);
            }

            return RotateLeft(Node.Make(node.Key, node.Value, node.Left, right));
        }

        return node;
    }

    private static Node RotateRight(Node node)
    {
        var left = node.Left!;
        return Node.Make(left.Key, left.Value, left.Left, Node.Make(node.Key, node.Value, left.Right, node.Right));
    }

    private static Node RotateLeft(Node node)
    {
        var right = node.Right!;
        return Node.Make(right.Key, right.Value, Node.Make(node.Key, node.Value, node.Left, right.Left), right.Right);
    }

    private sealed class Node
    {
        private Node(string key, string? value, Node? left, Node? right)
        {
            Key = key;
            Value = value;
            Left = left;
            Right = right;
            Height = Math.Max(HeightOf(left), HeightOf(right)) + 1;
            Size = (left?.Size ?? 0) + (right?.Size ?? 0) + 1;
        }

        public string Key { get; }

        public string? Value { get; }

        public Node? Left { get; }

        public Node? Right { get; }

        public int Height { get; }

        public int Size { get; }

        public static Node Make(string key, string? value, Node? left, Node? right) => new(key, value, left, right);

        public static int HeightOf(Node? node) => node?.Height ?? 0;
    }
}
