# Sourced by the benchmarks' measuring halves (bench/*-inside): medians and
# the figures they print. MS_DECIMALS and RATIO_DECIMALS set the precision
# (1 and 2 unless a benchmark sets them before printing).

# The middle of the numbers on stdin ("n/a" when there are none).
median() { sort -n | awk '{v[NR]=$1} END {print (NR ? v[int((NR+1)/2)] : "n/a")}'; }
# NS nanoseconds as milliseconds.
ms() { awk -v ns="$1" -v d="${MS_DECIMALS:-1}" 'BEGIN {printf "%.*f", d, ns / 1e6}'; }
# A / B.
ratio() { awk -v a="$1" -v b="$2" -v d="${RATIO_DECIMALS:-2}" 'BEGIN {printf "%.*f", d, a / b}'; }
