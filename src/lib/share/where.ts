/** Where a dataset from the link's fragment came from, as problems name it. */
export const FRAGMENT_WHERE = 'link #data';
