package org.icpengine.data.matching;

/**
 * A row's name prepared for scoring against the index: each word's weight, its number in the
 * accounts' vocabulary (-1 when no account has it) and the numbers of the words one typo away.
 */
record NameQuery(CompanyName name, double[] weights, int[] ids, int[][] typos, double norm) {

  /** Prepares a name. */
  static NameQuery of(CompanyName name, NameIndex index, WordWeights weights) {
    int n = name.words().size();
    double[] w = new double[n];
    int[] ids = new int[n];
    int[][] typos = new int[n][];
    double squares = 0;
    for (int i = 0; i < n; i++) {
      String word = name.words().get(i);
      w[i] = weights.weight(word);
      squares += w[i] * w[i];
      ids[i] = index.id(word);
      typos[i] = ids[i] >= 0 ? new int[0] : index.typoNeighbours(word);
    }
    return new NameQuery(name, w, ids, typos, Math.sqrt(squares));
  }

  /** Returns the number of words. */
  int size() {
    return ids.length;
  }
}
