/** The privacy collection notice's key points, beside the form; keep in step with the privacy page. */

export interface PrivacyKeyPointsProps {
  /** The organisation's name, from the site's settings. */
  organisation: string;
}

export function PrivacyKeyPoints({ organisation }: PrivacyKeyPointsProps) {
  return (
    <aside class="privacy-points" aria-labelledby="privacy-points-heading">
      <h2 id="privacy-points-heading">How we use your information</h2>
      <ul>
        <li>
          We ask for your name, contact details and work, which communities of practice and intake
          you are interested in, and anything else you choose to tell us.
        </li>
        <li>
          We use it to consider your expression of interest, to place you in a community of practice
          or on its waitlist, to contact you about it, and to plan for participants' access needs.
        </li>
        <li>
          Your answers are sent through Formspree, an online form service, to {organisation}'s
          programme staff.
        </li>
        <li>Optional questions can be left blank.</li>
        <li>
          While you fill in the form, a draft is kept only in this browser tab. It is deleted when
          you send the form, use Quick exit or close the tab.
        </li>
      </ul>
      <p>
        <a href="/privacy/">Read the privacy collection notice</a>
      </p>
    </aside>
  );
}
