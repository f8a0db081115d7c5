package org.icpengine.data.matching;

/**
 * A row's name prepared for scoring against the index: each word's weight, whether it is
 * distinctive (not organisational), its number in the accounts' vocabulary (-1 when no account has
 * it) and the numbers of the words one typo away; the weights' Euclidean norm and sum.
 */
record NameQuery(
    CompanyName name,
    double[] weights,
    boolean[] distinctive,
    int[] ids,
    int[][] typos,
    double norm,
    double total) {

  /** Prepares a name. */
  static NameQuery of(CompanyName name, NameIndex index, WordWeights weights) {
    int n = name.words().size();
    double[] w = new double[n];
    boolean[] distinctive = new boolean[n];
    double total = 0;
    int[] ids = new int[n];
    int[][] typos = new int[n][];
    double squares = 0;
    for (int i = 0; i < n; i++) {
      String word = name.words().get(i);
      ids[i] = index.id(word);
      typos[i] = ids[i] >= 0 ? new int[0] : index.typoNeighbours(word);
      // a misspelt word weighs what the word it misspells weighs
      String meant = typos[i].length > 0 ? index.word(typos[i][0]) : word;
      w[i] = weights.weight(meant);
      distinctive[i] = !WordWeights.organisational(meant);
      total += w[i];
      squares += w[i] * w[i];
    }
    return new NameQuery(name, w, distinctive, ids, typos, Math.sqrt(squares), total);
  }

  /** Returns the number of words. */
  int size() {
    return ids.length;
  }
}
