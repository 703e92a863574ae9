#!/bin/sh
# Regenerates bpmn_counts.tsv: counts taken with xmllint XPath, independently of the reader.
# Usage: FIM_CORPUS=/path/to/corpus sh count_table.sh > bpmn_counts.tsv
# Columns: file (relative to $FIM_CORPUS), processes, flow nodes (inside processes, nested
# sub-processes included), sequence flows, message flows, lanes; or `error` when xmllint
# refuses the file.
set -u
M="namespace-uri()='http://www.omg.org/spec/BPMN/20100524/MODEL'"
NODES="task userTask manualTask serviceTask scriptTask sendTask receiveTask businessRuleTask callActivity subProcess adHocSubProcess transaction startEvent endEvent intermediateCatchEvent intermediateThrowEvent boundaryEvent exclusiveGateway parallelGateway inclusiveGateway complexGateway eventBasedGateway"
OR=""
for n in $NODES; do OR="$OR${OR:+ or }local-name()='$n'"; done
# A flow node counts when every ancestor between it and its process is a sub-process.
SUB="local-name()='subProcess' or local-name()='adHocSubProcess' or local-name()='transaction'"
NODEX="count(//*[$M and local-name()='process']//*[$M and ($OR) and count(ancestor::*[$M and local-name()!='process'][not($SUB)]) = count(ancestor::*[$M and local-name()='process']/ancestor::*[$M]) ])"
FLOWX="count(//*[$M and local-name()='process']//*[$M and local-name()='sequenceFlow' and count(ancestor::*[$M and local-name()!='process'][not($SUB)]) = count(ancestor::*[$M and local-name()='process']/ancestor::*[$M]) ])"
cd "$FIM_CORPUS" || exit 1
for f in bpmn/*.bpmn bpmn/*/*.bpmn xprozess/*.bpmn; do
  if ! xmllint --noout "$f" 2>/dev/null; then printf '%s\terror\n' "$f"; continue; fi
  p=$(xmllint --xpath "count(/*[$M]/*[$M and local-name()='process'])" "$f" 2>/dev/null)
  n=$(xmllint --xpath "$NODEX" "$f" 2>/dev/null)
  s=$(xmllint --xpath "$FLOWX" "$f" 2>/dev/null)
  m=$(xmllint --xpath "count(/*[$M]/*[$M and local-name()='collaboration']/*[$M and local-name()='messageFlow'])" "$f" 2>/dev/null)
  l=$(xmllint --xpath "count(/*[$M]/*[$M and local-name()='process']//*[$M and local-name()='lane'])" "$f" 2>/dev/null)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$f" "$p" "$n" "$s" "$m" "$l"
done
