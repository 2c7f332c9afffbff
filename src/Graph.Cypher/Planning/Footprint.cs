using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// What a stretch of clauses reads or writes, in the terms Neo4j's planner uses to place Eager: node labels,
/// relationship types and property keys, plus "every node" (an unlabelled scan, a created node), "any type",
/// "any property" and "deletes". Two footprints conflict when a write could change what a read sees.
/// </summary>
internal sealed class Footprint
{
    private readonly HashSet<string> _labels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _properties = new(StringComparer.Ordinal);
    private bool _allNodes;
    private bool _anyType;
    private bool _anyProperty;
    private bool _entities;
    private bool _deletes;

    // Labels or types named by $(expr): unknown until the row is read, so they may be any.
    private bool _dynamic;

    public bool IsEmpty => _labels.Count == 0 && _types.Count == 0 && _properties.Count == 0 && !_allNodes && !_anyType && !_anyProperty && !_entities && !_deletes && !_dynamic;

    /// <summary>Whether writes in <paramref name="writes"/> could change what the reads in this footprint see.</summary>
    public bool ConflictsWith(Footprint writes) =>
        (writes._deletes && _entities)
        || (writes._allNodes && (_allNodes || writes._labels.Overlaps(_labels)))
        || writes._labels.Overlaps(_labels)
        || (writes._types.Count > 0 && (_anyType || writes._types.Overlaps(_types)))
        || (writes._anyProperty && (_anyProperty || _properties.Count > 0))
        || (writes._properties.Count > 0 && (_anyProperty || writes._properties.Overlaps(_properties)))
        || (writes._dynamic && (_dynamic || _labels.Count > 0 || _types.Count > 0 || _allNodes || _anyType))
        || (_dynamic && (writes._labels.Count > 0 || writes._types.Count > 0 || writes._allNodes));

    public void Clear()
    {
        _labels.Clear();
        _types.Clear();
        _properties.Clear();
        _allNodes = _anyType = _anyProperty = _entities = _deletes = _dynamic = false;
    }

    public void Add(Footprint other)
    {
        _labels.UnionWith(other._labels);
        _types.UnionWith(other._types);
        _properties.UnionWith(other._properties);
        _allNodes |= other._allNodes;
        _anyType |= other._anyType;
        _anyProperty |= other._anyProperty;
        _entities |= other._entities;
        _deletes |= other._deletes;
        _dynamic |= other._dynamic;
    }

    /// <summary>What a clause reads: the entities its patterns find and every property or label its expressions test.</summary>
    public static Footprint ReadsOf(Clause clause, ISet<string> bound)
    {
        var f = new Footprint();
        switch (clause)
        {
            case MatchClause m:
                foreach (var part in m.Pattern.Parts) f.ReadPattern(part, bound);
                f.Read(m.Where);
                break;
            case MergeClause mg:
                f.ReadPattern(mg.Part, bound);
                foreach (var item in mg.OnCreate.Concat(mg.OnMatch)) f.ReadItem(item);
                break;
            case UnwindClause u:
                f.Read(u.List);
                break;
            case LoadCsvClause l:
                f.Read(l.Url);
                break;
            case WithClause w:
                f.ReadProjection(w.Projection);
                f.Read(w.Where);
                break;
            case ReturnClause r:
                f.ReadProjection(r.Projection);
                break;
            case CreateClause c:
                foreach (var part in c.Pattern.Parts) f.ReadProperties(part);
                break;
            case SetClause s:
                foreach (var item in s.Items) f.ReadItem(item);
                break;
            case DeleteClause d:
                foreach (var t in d.Targets) f.Read(t);
                break;
        }
        return f;
    }

    /// <summary>What a clause writes; empty for a read clause.</summary>
    public static Footprint WritesOf(Clause clause)
    {
        var f = new Footprint();
        switch (clause)
        {
            case CreateClause c:
                foreach (var part in c.Pattern.Parts) f.WritePattern(part);
                break;
            case MergeClause mg:
                f.WritePattern(mg.Part);
                foreach (var item in mg.OnCreate.Concat(mg.OnMatch)) f.WriteItem(item);
                break;
            case SetClause s:
                foreach (var item in s.Items) f.WriteItem(item);
                break;
            case RemoveClause rm:
                foreach (var item in rm.Items)
                {
                    if (item is RemoveLabelsItem l)
                    {
                        f._labels.UnionWith(l.Labels);
                        f._dynamic |= l.Dynamic is not null;
                    }
                    else if (item is RemovePropertyItem { DynamicKey: not null }) f._anyProperty = true;
                    else if (item is RemovePropertyItem p) f._properties.Add(p.Key);
                }
                break;
            case DeleteClause:
                f._deletes = true;
                break;
        }
        return f;
    }

    private void ReadPattern(PatternPart part, ISet<string> bound)
    {
        _entities = true;
        _dynamic |= DynamicLabelTerms.In(part);
        foreach (var n in part.Nodes)
        {
            var boundNode = n.Variable is not null && bound.Contains(n.Variable);
            if (n.Labels is null || !Positive(n.Labels)) _allNodes |= !boundNode;
            LabelNames(n.Labels, _labels);
        }
        foreach (var r in part.Relationships)
        {
            if (r.Types is null || !Positive(r.Types)) _anyType = true;
            LabelNames(r.Types, _types);
        }
        ReadProperties(part);
    }

    private void ReadProperties(PatternPart part)
    {
        foreach (var n in part.Nodes) ReadMap(n.Properties, n.Where);
        foreach (var r in part.Relationships)
        {
            ReadMap(r.Properties, r.Where);
            if (r.Group is not null) ReadProperties(r.Group);
            if (r.GroupWhere is not null) Read(r.GroupWhere);
        }
        if (part.InnerWhere is not null) Read(part.InnerWhere);
    }

    private void ReadMap(Expression? properties, Expression? where)
    {
        if (properties is MapLiteral map) _properties.UnionWith(map.Entries.Select(e => e.Key));
        else if (properties is not null) _anyProperty = true;
        Read(properties);
        Read(where);
    }

    private void WritePattern(PatternPart part)
    {
        _dynamic |= DynamicLabelTerms.In(part);
        foreach (var n in part.Nodes)
        {
            // A bound node is only connected to; a new one is seen by every scan of its labels or of all nodes.
            if (n.Labels is not null) LabelNames(n.Labels, _labels);
            _allNodes = true;
            WriteMap(n.Properties);
        }
        foreach (var r in part.Relationships)
        {
            LabelNames(r.Types, _types);
            WriteMap(r.Properties);
        }
    }

    private void WriteMap(Expression? properties)
    {
        if (properties is MapLiteral map) _properties.UnionWith(map.Entries.Select(e => e.Key));
        else if (properties is not null) _anyProperty = true;
    }

    private void WriteItem(SetItem item)
    {
        switch (item)
        {
            case SetPropertyItem p when p.StaticKey is { } key: _properties.Add(key); break;
            case SetPropertyItem: _anyProperty = true; break;
            case SetAllPropertiesItem: _anyProperty = true; break;
            case SetLabelsItem l:
                _labels.UnionWith(l.Labels);
                _dynamic |= l.Dynamic is not null;
                break;
        }
    }

    private void ReadItem(SetItem item)
    {
        foreach (var e in SetItemExpressions.Of(item)) Read(e);
    }

    private void ReadProjection(Projection p)
    {
        foreach (var item in p.Items) Read(item.Expression);
        foreach (var o in p.OrderBy) Read(o.Expression);
        Read(p.Skip);
        Read(p.Limit);
    }

    /// <summary>Property keys and labels an expression reads; a whole-map read (properties(n), n {.*}, keys(n)) reads any property.</summary>
    private void Read(Expression? e)
    {
        if (e is null) return;
        switch (e)
        {
            case PropertyAccess p: _properties.Add(p.Key); break;
            case LabelCheck l: LabelNames(l.Labels, _labels); break;
            case FunctionCall f when f.Name.Equals("properties", StringComparison.OrdinalIgnoreCase) || f.Name.Equals("keys", StringComparison.OrdinalIgnoreCase):
                _anyProperty = true;
                break;
            case MapProjection: _anyProperty = true; break;
        }
        foreach (var child in ExpressionChildren.Of(e)) Read(child);
    }

    /// <summary>A label expression every match of which carries a named label (so a scan of those labels finds it).</summary>
    private static bool Positive(LabelExpression e) => e switch
    {
        LabelName => true,
        LabelAnd a => Positive(a.Left) || Positive(a.Right),
        LabelOr o => Positive(o.Left) && Positive(o.Right),
        _ => false,
    };

    private static void LabelNames(LabelExpression? e, HashSet<string> into)
    {
        switch (e)
        {
            case LabelName n: into.Add(n.Name); break;
            case LabelAnd a: LabelNames(a.Left, into); LabelNames(a.Right, into); break;
            case LabelOr o: LabelNames(o.Left, into); LabelNames(o.Right, into); break;
            case LabelNot n: LabelNames(n.Operand, into); break;
        }
    }
}
