import { render, screen } from '@testing-library/react';
import { HighlightableRow } from './HighlightableRow';

describe('HighlightableRow', () => {
  it('marks and scrolls to the row a link landed on, and only that one', () => {
    const scrolled = jest.fn();
    Element.prototype.scrollIntoView = scrolled;
    render(
      <table>
        <tbody>
          <HighlightableRow highlighted={false} testId="row">
            <td>first</td>
          </HighlightableRow>
          <HighlightableRow highlighted testId="row">
            <td>linked</td>
          </HighlightableRow>
        </tbody>
      </table>,
    );
    const [first, linked] = screen.getAllByTestId('row');
    expect(first).not.toHaveAttribute('aria-current');
    expect(linked).toHaveAttribute('aria-current', 'true');
    expect(scrolled).toHaveBeenCalledTimes(1);
  });
});
