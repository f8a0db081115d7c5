/**
 * The ABM target list: a prospect or market file scored with the ICP and ranked by fit, the
 * expected CAC of its tier from the funnel, and engagement, written for a CRM import. Start from
 * {@link org.icpengine.data.abm.Abm}.
 */
package org.icpengine.data.abm;
